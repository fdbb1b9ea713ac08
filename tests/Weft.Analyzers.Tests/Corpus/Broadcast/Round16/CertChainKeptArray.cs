// Short handler: a TLS reload pushes the new certificate chain to every worker's listener state. It wraps the
// reloader's kept PEM array (past a BOM) in a ReadOnlyMemory<byte>: the reloader still holds that array (WEFT0007).
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R16.CertChainKeptArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TlsState
{
    private ReadOnlyMemory<byte> _chain;

    [WorkerUpdate]
    private void UseChain(ReadOnlyMemory<byte> chain) => _chain = chain;
}

public sealed class CertReloader(WorkerPool pool, string path)
{
    private readonly byte[] _pem = File.ReadAllBytes(path);

    public Task PushAsync()
    {
        int start = _pem is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        return TlsState.UseChainOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem, start, _pem.Length - start)); // expect: WEFT0007
    }
}
