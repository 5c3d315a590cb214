export class APIResource {
    _http;
    constructor(_http) {
        this._http = _http;
    }
}
