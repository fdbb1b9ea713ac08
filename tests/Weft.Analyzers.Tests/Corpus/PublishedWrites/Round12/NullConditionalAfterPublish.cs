// C# 14 null-conditional assignment on an object after it was published: `?.` only skips the write when the object
// is null; here it is the published one.
using Weft.Slots;

namespace Corpus.R12.NullConditionalAfterPublish;

public sealed class Budget
{
    public int Remaining { get; set; }
}

public static class Budgets
{
    public static void Reset(Slot<Budget> slot, Budget? budget)
    {
        if (budget is null)
        {
            return;
        }

        slot.Publish(budget);
        budget?.Remaining = 0; // expect: WEFT0002
    }
}
