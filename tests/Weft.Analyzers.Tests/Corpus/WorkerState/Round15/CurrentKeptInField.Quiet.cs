// Round 15, WEFT0004 quiet twin: the hash is computed on the pool and stored after the plain await, back on the worker.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.CurrentKeptInFieldQuiet;

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
            return hash;
        });
        _sessions.ByUser[user] = token;
        return token;
    }
}
