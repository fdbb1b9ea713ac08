// WEFT0002: the generated callback form `Routes.Publish(pool, value, onAllApplied)` publishes a snapshot whose
// IReadOnlyList member is a caller's List; the completion (runs on main once every thread switched) and the line
// after the call both add to that list. WEFT0001 reports the read-only view member.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.GeneratedCallbackFormSource;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public IReadOnlyList<string> Paths { get; init; } = new List<string>(); // expect: WEFT0001
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var paths = new List<string> { "/" };
        Routes.Publish(pool, new Routes { Paths = paths }, () => paths.Add("/applied")); // expect: WEFT0002
        paths.Add("/next"); // expect: WEFT0002
    }
}
