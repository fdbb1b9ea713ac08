// WEFT0001, precision on less common immutable value types: DateOnly, TimeOnly, Int128, Half, BigInteger, Rune, char,
// nint and a KeyValuePair of string and Version are all immutable. `Cutoff` has `set`: reported
// on it.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.MoreValueTypesInitOrSet;

[ThreadLocalSlot]
public sealed partial class Calendar
{
    public DateOnly Day { get; init; }
    public TimeOnly Cutoff { get; set; } // expect: WEFT0001
    public Int128 Big { get; init; }
    public Half Ratio { get; init; }
    public System.Numerics.BigInteger Huge { get; init; }
    public System.Text.Rune Marker { get; init; }
    public char Separator { get; init; } = ',';
    public nint Handle { get; init; }
    public KeyValuePair<string, Version> Api { get; init; } = new("v", new Version(2, 0));
}
