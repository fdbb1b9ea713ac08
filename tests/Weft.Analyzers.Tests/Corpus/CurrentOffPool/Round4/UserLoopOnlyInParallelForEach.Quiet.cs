// Quiet twin of UserLoopOnlyInParallelForEach: the parallel part only trims; the loop-only log is written afterwards
// on the calling loop.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.UserLoopOnlyInParallelForEach;

public static class RequestLog
{
    [System.ThreadStatic] static List<string>? t_lines;

    /// <summary>Appends to this loop's log buffer.</summary>
    [RequiresLoopThread]
    public static void Append(string line) => (t_lines ??= new List<string>()).Add(line);
}

public sealed class BatchImporter
{
    public void Import(IReadOnlyList<string> records)
    {
        var trimmed = new string[records.Count];
        Parallel.For(0, records.Count, i => trimmed[i] = records[i].Trim());
        foreach (var line in trimmed)
        {
            RequestLog.Append(line);
        }
    }
}
