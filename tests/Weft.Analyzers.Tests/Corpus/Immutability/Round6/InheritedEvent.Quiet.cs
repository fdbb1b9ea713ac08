// Quiet twin of InheritedEvent: the base holds an init-only delegate property instead of an event.
using System;
using Weft;

namespace Corpus6a.InheritedEvent;

public class Observable
{
    public EventHandler? Changed { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Routes : Observable
{
    public int Version { get; init; }
}
