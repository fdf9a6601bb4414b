/** Why a picture could not be made, for the message the reader sees. Apart from makePicture.ts,
 * which is loaded on demand, so the button can tell the reasons apart without loading it. */
export class PictureError extends Error {
  constructor(readonly reason: 'canvas' | 'map') {
    super(`picture: ${reason}`);
  }
}
