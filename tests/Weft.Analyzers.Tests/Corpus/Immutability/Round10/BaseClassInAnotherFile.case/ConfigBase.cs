// A snapshot type whose base class lives in another file: the base keeps a mutable list, which every instance of
// the sealed slot type inherits (reported on the slot type's name, per the page's "Inherited members").
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

namespace Corpus.Immutability.Round10.BaseClassInAnotherFile;

public abstract class ConfigBase
{
    public List<string> Tags { get; } = new();

    public string Describe() => string.Join(",", Tags);
}
