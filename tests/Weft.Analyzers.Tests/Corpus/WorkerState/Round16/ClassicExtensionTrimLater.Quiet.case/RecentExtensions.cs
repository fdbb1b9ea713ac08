// Two files: a classic extension method on the worker's recent-request ring trims it in a callback posted to the
// calling loop's own dispatcher (quiet twin of ClassicExtensionTrimLater).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.WorkerState.R16.ClassicExtensionTrimLater;

public static class RecentExtensions
{
    public static Task TrimLater(this RecentRequests recent, int keep) =>
        Dispatcher.Current!.InvokeAsync(() =>
        {
            if (recent.Paths.Count > keep)
                recent.Paths.RemoveRange(0, recent.Paths.Count - keep);
        });
}
