// A slot type inherits a handler registry from its base class: the base's list of delegates is a mutable collection
// in every instance. The page: reported on the slot type's name, naming the inherited member.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.InheritedHandlerList;

public abstract class HandlerHost
{
    protected readonly List<Action<string>> Handlers = new();

    public void Notify(string what)
    {
        foreach (var handler in Handlers)
        {
            handler(what);
        }
    }
}

[ThreadLocalSlot]
public sealed partial class Notifications : HandlerHost // expect: WEFT0001 "Handlers"
{
    public string Channel { get; init; } = "";
}
