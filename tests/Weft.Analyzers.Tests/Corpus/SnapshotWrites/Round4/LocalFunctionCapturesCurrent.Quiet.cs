// Quiet twin of LocalFunctionCapturesCurrent: the local function captures the (immutable) route table only to read
// it, and writes a set and a counter that belong to the caller.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.LocalFunctionCapturesCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableHashSet<string> Known { get; init; } = ImmutableHashSet<string>.Empty;
}

public static class RequestLog
{
    public static int Record(IEnumerable<string> paths, HashSet<string> seen)
    {
        RouteTable table = RouteTable.Current;
        int repeats = 0;
        foreach (var path in paths)
        {
            Note(path);
        }

        return repeats;

        void Note(string path)
        {
            if (table.Known.Contains(path) && !seen.Add(path))
            {
                repeats++;
            }
        }
    }
}
