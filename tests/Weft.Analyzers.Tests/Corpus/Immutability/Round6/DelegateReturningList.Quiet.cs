// Quiet twin of DelegateReturningList: delegate members whose signatures mention mutable types (a Func returning a
// fresh List<int>, an Action taking a StringBuilder, a user delegate over a Dictionary). "Delegates (Func<…>,
// Action, your own delegate types, Delegate) are accepted: a delegate object cannot be changed once made."
using System;
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus6a.DelegateReturningList;

public delegate void Visit(Dictionary<string, int> counts);

[ThreadLocalSlot]
public sealed partial class Selectors
{
    public Func<List<int>> Factory { get; init; } = static () => new List<int>();

    public Action<StringBuilder>? Render { get; init; }

    public Visit? Visitor { get; init; }

    public Delegate? Any { get; init; }
}
