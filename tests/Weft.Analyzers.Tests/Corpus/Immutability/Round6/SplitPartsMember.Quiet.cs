// Quiet twin of SplitPartsMember: the second part holds an ImmutableQueue<string>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.SplitPartsMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public string Name { get; init; } = "";
}

public partial class Routes
{
    private readonly ImmutableQueue<string> _pending = ImmutableQueue<string>.Empty;
}

public partial class Routes
{
    public bool HasPending => !_pending.IsEmpty;
}
