// An explicit interface implementation that clears the object's list, reached through the interface on a new bag that replaces the published one: the published bag is never reset.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Calls.Round10.ExplicitInterfaceResetQuiet;

public interface IResettable
{
    void Reset();
}

public sealed class Bag : IResettable
{
    public List<int> Items { get; } = new();

    void IResettable.Reset() => Items.Clear();
}

public static class Rotation
{
    public static void Rotate(Slot<Bag> slot)
    {
        var bag = new Bag();
        bag.Items.Add(1);
        slot.Publish(bag);
        IResettable next = new Bag();
        next.Reset();
        slot.Publish((Bag)next);
    }
}
