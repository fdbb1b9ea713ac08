using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R16.HostedServiceBase;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AccessLogBuffer
{
    public List<string> Pending { get; } = new();
}

public static class ExportStarter
{
    public static Task StartOnWorker(TextSink sink, CancellationToken ct)
    {
        var service = new ExportService(new List<string>(AccessLogBuffer.Current.Pending), sink);
        return service.StartAsync(ct);
    }
}
