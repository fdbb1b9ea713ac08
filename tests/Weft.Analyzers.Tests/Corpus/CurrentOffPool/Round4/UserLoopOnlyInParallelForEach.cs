// WEFT0005: the user's own [RequiresLoopThread] member called from a Parallel.ForEach body (thread-pool threads).
using System.Collections.Generic;
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
        Parallel.ForEach(records, record =>
        {
            var trimmed = record.Trim();
            RequestLog.Append(trimmed); // expect: WEFT0005 "Append"
        });
    }
}
