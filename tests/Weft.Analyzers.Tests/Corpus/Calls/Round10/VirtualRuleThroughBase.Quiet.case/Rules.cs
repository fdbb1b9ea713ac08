// An abstract rule whose override writes the list it is given, called through the base type.
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

public abstract class Rule
{
    public abstract void Apply(List<string> target);
}

public sealed class AppendDefaultRule : Rule
{
    public override void Apply(List<string> target) => target.Add("default");
}
