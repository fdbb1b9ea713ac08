// Round 15, WEFT0004 through a C# 14 extension block: `TrimLater()` reads like a method of the per-worker cache but is an
// extension member whose body hands its receiver to Task.Run. The request handler calls it on the worker's Current.
// The page: a lambda a helper builds over its parameters carries what the caller passed (an extension member's receiver
// is its parameter), reported at the caller's call.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ExtensionTrimLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RecentPaths
{
    public List<string> Paths { get; } = [];
}

public static class RecentPathsExtensions
{
    extension(RecentPaths recent)
    {
        public Task TrimLater(int keep) => Task.Run(() =>
        {
            if (recent.Paths.Count > keep)
            {
                recent.Paths.RemoveRange(0, recent.Paths.Count - keep);
            }
        });

        public void TrimNow(int keep)
        {
            if (recent.Paths.Count > keep)
            {
                recent.Paths.RemoveRange(0, recent.Paths.Count - keep);
            }
        }
    }
}

public static class PathHandler
{
    public static void OnRequest(string path)
    {
        var recent = RecentPaths.Current;
        recent.Paths.Add(path);
        _ = recent.TrimLater(256); // expect: WEFT0004
    }
}
