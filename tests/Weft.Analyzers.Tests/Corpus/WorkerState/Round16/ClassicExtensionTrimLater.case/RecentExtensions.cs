// Two files: a classic extension method on the worker's recent-request ring hands its receiver to Task.Run (here);
// the request handler in the other file calls it on the worker's Current. An extension's receiver is its parameter:
// reported at the receiver of that call (in the caller's file).
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.WorkerState.R16.ClassicExtensionTrimLater;

public static class RecentExtensions
{
    public static Task TrimLater(this RecentRequests recent, int keep) =>
        Task.Run(() =>
        {
            if (recent.Paths.Count > keep)
                recent.Paths.RemoveRange(0, recent.Paths.Count - keep);
        });
}
