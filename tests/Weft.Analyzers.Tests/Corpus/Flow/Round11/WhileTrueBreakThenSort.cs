// `while (true)` publishes each candidate and breaks once one is large enough; after the loop the last published
// list is sorted in place.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.WhileTrueBreakThenSort;

public static class Grower
{
    public static void Grow(Slot<List<int>> slot)
    {
        List<int> last;
        int n = 0;
        while (true)
        {
            last = [n, n + 1, n + 2];
            slot.Publish(last);
            if (++n > 3)
            {
                break;
            }
        }

        last.Sort(); // expect: WEFT0002
    }
}
