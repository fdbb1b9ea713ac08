namespace Corpus.SnapshotWrites.R9.InterfaceResetsSnapshot;

public static class Shift
{
    public static int EndShift()
    {
        IResetter resetter = new ZeroResetter();
        Counters counters = Board.Current.Stats;
        int served = counters.Hits + counters.Misses;
        resetter.Reset(counters); // expect: WEFT0003
        return served;
    }
}
