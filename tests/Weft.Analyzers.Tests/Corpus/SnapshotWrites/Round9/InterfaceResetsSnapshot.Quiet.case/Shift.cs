namespace Corpus.SnapshotWrites.R9.InterfaceResetsSnapshot;

public static class Shift
{
    public static int EndShift()
    {
        IResetter resetter = new ZeroResetter();
        Counters counters = new() { Hits = Board.Current.Stats.Hits, Misses = Board.Current.Stats.Misses };
        int served = counters.Hits + counters.Misses;
        resetter.Reset(counters);
        return served;
    }
}
