// Usage: node check.js BASE_URL
// Logs in with @tuyapi/cloud's loginEx (token + RSA without padding) and lists homes, once with
// md5 signing (the emulator's demo key) and once with hmac signing (the test key the harness
// registers with --client). Prints one line per mode and exits non-zero on any failure.
const Cloud = require('@tuyapi/cloud');

const base = process.argv[2];
if (!base) {
  console.error('usage: node check.js BASE_URL');
  process.exit(2);
}

const modes = [
  {name: 'md5', opts: {key: 'lockctldemo000000001', secret: 'lockctldemosecret000000000000001'}},
  {name: 'hmac', opts: {key: 'testclientid00000001', secret: 'testappsecret0000000000000000001',
    apiEtVersion: '0.0.1', secret2: 'testbmpsecret0000000000000000002', certSign: 'A'}},
];

(async () => {
  for (const m of modes) {
    const api = new Cloud(Object.assign({region: 'EU', endpoint: base + '/api.json'}, m.opts));
    const sid = await api.loginEx({email: 'demo@example.com', password: 'lockctl-demo'});
    const homes = await api.request({action: 'tuya.m.location.list'});
    if (!sid || !Array.isArray(homes) || homes.length === 0) {
      throw new Error(m.name + ': unexpected answer ' + JSON.stringify(homes));
    }
    const devices = await api.request({action: 'tuya.m.my.group.device.list', gid: String(homes[0].groupId)});
    console.log(m.name + ' ok: ' + homes.map(h => h.name).join(',') + ' with ' + devices.length + ' devices');
  }
})().catch(err => {
  console.error('FAILED: ' + (err.code || '') + ' ' + err.message);
  process.exit(1);
});
