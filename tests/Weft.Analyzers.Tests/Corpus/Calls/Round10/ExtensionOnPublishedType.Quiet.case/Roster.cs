// An extension method on the published type itself: 
// WithGuest builds a new roster with the guest added.
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

namespace Corpus.Calls.Round10.ExtensionOnPublishedTypeQuiet;

public sealed class Roster
{
    public List<string> Names { get; } = new();
}

public static class RosterExtensions
{
    public static Roster WithGuest(this Roster roster, string guest)
    {
        var next = new Roster();
        next.Names.AddRange(roster.Names);
        next.Names.Add(guest);
        return next;
    }
}
