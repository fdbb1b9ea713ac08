// Quiet twin: the posted callback increments with Interlocked.Increment.
namespace Corpus.R11.TopLevelPostsCounterQuiet;

public static class Counters
{
    public static long Hits;
}
