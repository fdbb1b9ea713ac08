// Round 15, WEFT0007, a short request handler: the maintenance endpoint broadcasts the 503 banner as a
// ReadOnlyMemory<byte>. The one detail: the view is over the handler's own kept byte[] (filled from a UTF-8 literal),
// which the handler may change again; the page reports a view of a kept byte[].
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.Utf8BannerBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Responder
{
    private ReadOnlyMemory<byte> _banner = ReadOnlyMemory<byte>.Empty;

    [WorkerUpdate]
    public void SetBanner(ReadOnlyMemory<byte> banner) => _banner = banner;
}

public sealed class MaintenanceHandler(WorkerPool pool)
{
    private readonly byte[] _banner = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n\r\n"u8.ToArray();

    public Task EnterAsync() =>
        Responder.SetBannerOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_banner)); // expect: WEFT0007
}
