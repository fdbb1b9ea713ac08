// WEFT0001: a field-like event inherited from the base class. Reading: "A base class's members are part of every
// instance", and an event is among what the page checks, so an inherited one is reported on the slot type's name.
using System;
using Weft;

namespace Corpus6a.InheritedEvent;

public class Observable
{
    public event EventHandler? Changed;

    protected void Raise() => Changed?.Invoke(this, EventArgs.Empty);
}

[ThreadLocalSlot]
public sealed partial class Routes : Observable // expect: WEFT0001 "Changed"
{
    public int Version { get; init; }
}
