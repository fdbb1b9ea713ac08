// The rule is applied to a fresh copy, which is published;
// reported at the virtual call (the static type is the base, the only override writes).
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

namespace Corpus.Calls.Round10.VirtualRuleThroughBaseQuiet;

public static class RulePublisher
{
    public static void Publish(Slot<List<string>> slot, List<string> hosts)
    {
        Rule rule = new AppendDefaultRule();
        var next = new List<string>(hosts);
        rule.Apply(next);
        slot.Publish(next);
    }
}
