// An error the asset routes turn into Sanity's error shape: status code plus `{error, message, statusCode}`.

export class AssetError extends Error {
  readonly statusCode: number
  readonly error: string

  constructor(statusCode: number, message: string) {
    super(message)
    this.name = 'AssetError'
    this.statusCode = statusCode
    this.error = statusText(statusCode)
  }

  toBody(): { error: string; message: string; statusCode: number } {
    return { error: this.error, message: this.message, statusCode: this.statusCode }
  }
}

function statusText(statusCode: number): string {
  switch (statusCode) {
    case 400:
      return 'Bad Request'
    case 401:
      return 'Unauthorized'
    case 404:
      return 'Not Found'
    case 413:
      return 'Payload Too Large'
    case 415:
      return 'Unsupported Media Type'
    default:
      return 'Error'
  }
}
