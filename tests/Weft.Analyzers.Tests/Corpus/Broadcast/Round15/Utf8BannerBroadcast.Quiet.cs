// Round 15, WEFT0007 quiet twin: the view is over a copy made for the call (`_banner.ToArray()`), which nobody else
// holds (the page: a read-only view over an array made for the call is quiet).
using System;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.Utf8BannerBroadcastQuiet;

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
        Responder.SetBannerOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_banner.ToArray()));
}
