using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R16.ClassicExtensionTrimLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RecentRequests
{
    public List<string> Paths { get; } = new();
}

public static class RequestHandler
{
    public static Task OnRequest(string path)
    {
        var recent = RecentRequests.Current;
        recent.Paths.Add(path);
        return recent.Paths.Count > 512
            ? recent.TrimLater(256)
            : Task.CompletedTask;
    }
}
