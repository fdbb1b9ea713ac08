// Quiet twin of VolatileSelfPlusOne: the volatile field is stored a value not read from it.
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

namespace Corpus5b.VolatileSelfPlusOneQuiet;

public static class Config
{
    private static volatile int s_generation;

    public static int Generation => s_generation;

    public static void Bump(int loadedGeneration) => s_generation = loadedGeneration;
}
