// WEFT0006: `s_generation = s_generation + 1` on a volatile static field, in main-only code. The page: anywhere, a
// read-modify-write of a volatile field (each access is atomic, the pair is not).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.VolatileSelfPlusOne;

public static class Config
{
    private static volatile int s_generation;

    public static int Generation => s_generation;

    public static void Bump() => s_generation = s_generation + 1; // expect: WEFT0006
}
