// Round 15, WEFT0004, a short request handler: a login handler made on a worker keeps that worker's session cache in a
// field (initialized from Current), then stores the session from inside Task.Run while hashing the password there.
// The page: the state may travel through fields of the type; a field a lambda run on another thread uses counts as one
// of its captures.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.CurrentKeptInField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, string> ByUser { get; } = new(StringComparer.Ordinal);
}

public sealed class LoginHandler
{
    private readonly Sessions _sessions = Sessions.Current;

    public async Task<string> LoginAsync(string user, string password)
    {
        string token = await Task.Run(() =>
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user + ":" + password)));
            _sessions.ByUser[user] = hash; // expect: WEFT0004
            return hash;
        });
        return token;
    }
}
