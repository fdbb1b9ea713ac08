// Quiet twin of ConnectionWriteAfterOptionsNone: ContinueOnCapturedContext resumes on the connection's loop.
using System;
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.Round4.ConnectionWriteAfterOptionsNone;

public interface IAuthService
{
    Task<bool> CheckAsync(string token);
}

public sealed class AuthGate
{
    static readonly byte[] Denied = "-ERR denied\r\n"u8.ToArray();
    static readonly byte[] Ok = "+OK\r\n"u8.ToArray();

    public async Task HandleAsync(Connection downstream, IAuthService auth, string token)
    {
        var allowed = await auth.CheckAsync(token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        downstream.Write(allowed ? Ok : Denied);
    }
}
