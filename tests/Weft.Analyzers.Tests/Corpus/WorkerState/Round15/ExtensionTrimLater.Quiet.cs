// Round 15, WEFT0004 quiet twin: the handler calls the extension member that trims in place, on the worker.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.ExtensionTrimLaterQuiet;

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
        recent.TrimNow(256);
    }
}
