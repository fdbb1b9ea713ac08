using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.TryGetCurrentInParallel;

public static class Scoring
{
    public static double[] Score(double[][] rows)
    {
        var scores = new double[rows.Length];
        Parallel.For(0, rows.Length, i =>
        {
            if (Weights.TryGetCurrent(out Weights? weights)) // expect: WEFT0005 "TryGetCurrent"
            {
                double sum = 0;
                for (int j = 0; j < rows[i].Length && j < weights.Values.Length; j++)
                {
                    sum += rows[i][j] * weights.Values[j];
                }

                scores[i] = sum;
            }
        });
        return scores;
    }
}
