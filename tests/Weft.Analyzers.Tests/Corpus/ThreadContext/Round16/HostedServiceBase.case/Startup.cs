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
        var service = new ExportService(AccessLogBuffer.Current.Pending, sink); // expect: WEFT0004 #hosted
        return service.StartAsync(ct); // expect: WEFT0004 #hosted
    }
}
