// The quiet twin: the base keeps its delegates in an ImmutableArray set at construction (delegates are accepted, the
// array cannot change).
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.InheritedHandlerListQuiet;

public abstract class HandlerHost
{
    protected HandlerHost(ImmutableArray<Action<string>> handlers) => Handlers = handlers;

    protected ImmutableArray<Action<string>> Handlers { get; }

    public void Notify(string what)
    {
        foreach (var handler in Handlers)
        {
            handler(what);
        }
    }
}

[ThreadLocalSlot]
public sealed partial class Notifications : HandlerHost
{
    public Notifications() : base(ImmutableArray<Action<string>>.Empty)
    {
    }

    public string Channel { get; init; } = "";
}
