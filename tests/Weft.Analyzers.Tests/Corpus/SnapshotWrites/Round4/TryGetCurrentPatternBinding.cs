// TryGetCurrent followed by an `is` property pattern that binds a queue of the snapshot, and a conditional expression
// choosing a stack of the snapshot; the request path enqueues/pushes into them. Queue<T> and Stack<T> are mutable
// collections (WEFT0001) and their mutators write snapshot data (WEFT0003: TryGetCurrent, through locals).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.TryGetCurrentPatternBinding;

[ThreadLocalSlot]
public sealed partial class Sessions
{
    public Queue<string> Pending { get; init; } = new(); // expect: WEFT0001
    public Stack<string> Recent { get; init; } = new(); // expect: WEFT0001
}

public static class SessionIntake
{
    public static bool Admit(string request)
    {
        if (Sessions.TryGetCurrent(out var sessions) && sessions is { Pending: var pending } && pending.Count < 100)
        {
            pending.Enqueue(request); // expect: WEFT0003
        }

        Stack<string>? recent = Sessions.TryGetCurrent(out var current) ? current.Recent : null;
        recent?.Push(request); // expect: WEFT0003
        return recent is not null;
    }
}
