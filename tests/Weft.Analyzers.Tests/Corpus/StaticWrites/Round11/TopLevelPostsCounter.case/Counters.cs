// A project of three files: `global using`s, a static counter class, and a top-level program that posts a callback
// to every worker incrementing the counter.
namespace Corpus.R11.TopLevelPostsCounter;

public static class Counters
{
    public static long Hits;
}
