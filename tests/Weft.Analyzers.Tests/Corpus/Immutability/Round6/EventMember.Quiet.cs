// Quiet twin of EventMember: a delegate-typed init-only property ("Delegates ... are accepted").
using System;
using Weft;

namespace Corpus6a.EventMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Action<string>? Changed { get; init; }

    public int Version { get; init; }
}
