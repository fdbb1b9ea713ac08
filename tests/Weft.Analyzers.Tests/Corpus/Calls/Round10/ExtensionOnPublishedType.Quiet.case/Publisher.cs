// Called on the published roster, by extension-method syntax; reported at the call.
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

public static class Guests
{
    public static Roster Admit(Slot<Roster> slot, Roster roster, string guest)
    {
        slot.Publish(roster);
        return roster.WithGuest(guest);
    }
}
