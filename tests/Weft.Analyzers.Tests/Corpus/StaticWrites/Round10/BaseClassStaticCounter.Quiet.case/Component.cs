// A base class in another file with a protected static counter.
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

namespace Corpus.StaticWrites.Round10.BaseClassStaticCounterQuiet;

public abstract class Component
{
    protected static int s_instances;

    public static int Instances => Volatile.Read(ref s_instances);
}
