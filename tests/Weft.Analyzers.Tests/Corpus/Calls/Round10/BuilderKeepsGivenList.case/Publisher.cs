// The caller publishes a list, then starts a builder over it to prepare the next version. Reported at the builder's
// Add (the call that writes what the helper object was given).
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

namespace Corpus.Calls.Round10.BuilderKeepsGivenList;

public static class NextVersion
{
    public static List<string> Prepare(Slot<List<string>> slot, List<string> current)
    {
        slot.Publish(current);
        var next = new HostListBuilder(current).Add("extra"); // expect: WEFT0002
        return next.Build();
    }
}
