// Round 2. The rule page's own message example: the message follows the nested members down to the view.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.Round2.NestedChain;

public sealed class Holder
{
    public IReadOnlyList<int> Items { get; } = new List<int>();
}

public sealed class Outer
{
    public readonly Holder Inner = new();
}

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Outer Deep { get; init; } = new(); // expect: WEFT0001 "'Routes'" "property 'Deep'" "field 'Inner'" "property 'Items'" "'IReadOnlyList<int>'"
}
