// Quiet twin of GeneratedCallbackFormSource: the snapshot holds an ImmutableArray built from the list; the completion and
// the next line write the caller's list, which was copied, not published.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.GeneratedCallbackFormSourceQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Paths { get; init; } = ImmutableArray<string>.Empty;
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var paths = new List<string> { "/" };
        Routes.Publish(pool, new Routes { Paths = paths.ToImmutableArray() }, () => paths.Add("/applied"));
        paths.Add("/next");
    }
}
