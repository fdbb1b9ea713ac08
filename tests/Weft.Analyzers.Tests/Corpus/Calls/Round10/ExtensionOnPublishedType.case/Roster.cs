// An extension method on the published type itself: WithGuest adds to the roster it is called on and returns it.
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

namespace Corpus.Calls.Round10.ExtensionOnPublishedType;

public sealed class Roster
{
    public List<string> Names { get; } = new();
}

public static class RosterExtensions
{
    public static Roster WithGuest(this Roster roster, string guest)
    {
        roster.Names.Add(guest);
        return roster;
    }
}
