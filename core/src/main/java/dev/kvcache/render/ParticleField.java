package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.Pool;
import java.util.Random;

/**
 * Particles streaming between the memory modules and the die, at a rate that follows memory
 * traffic (each decode step reads the weights and every sequence's KV cache): the more of the
 * achieved bandwidth a step keeps busy, the more particles, and the slower they crawl, so a
 * memory-bound step reads as a traffic jam. Fixed capacity, pooled, iterated backwards; its random
 * generator is its own, so effects never touch outcomes.
 */
public final class ParticleField {
    /** Hard cap on live particles, whatever the traffic (keeps frame cost bounded). */
    public static final int CAPACITY = 1200;
    private static final Color BLUE = Palette.rgb(0x74c0fc);
    private static final Color GOLD = Palette.rgb(0xffd43b);

    /** One moving dot: travels from (x0, y0) to (x1, y1) over its lifetime. */
    static final class Particle {
        float x0;
        float y0;
        float x1;
        float y1;
        float age;
        float life;
        float bend;
    }

    private final Pool<Particle> pool = new Pool<Particle>(64, CAPACITY) {
        @Override
        protected Particle newObject() {
            return new Particle();
        }
    };
    private final Array<Particle> live = new Array<>(false, CAPACITY);
    private final Random random = new Random(7);
    private float owed;
    private float crawl = 1f;

    /**
     * Particles a second at 1x for a step that keeps {@code memoryBusy} (0-1) of the achieved
     * bandwidth busy: a trickle when nothing is read, ten times that when memory bounds the step.
     */
    public static float flowRate(float memoryBusy) {
        return 30f + 270f * clamp(memoryBusy);
    }

    /** How much longer a particle takes to travel (1-2x): memory-bound traffic crawls. */
    public static float crawl(float memoryBusy) {
        return 1f + clamp(memoryBusy);
    }

    private static float clamp(float share) {
        return Math.max(0f, Math.min(1f, share));
    }

    /**
     * Advances by {@code seconds}: spawns {@code perSecond} particles a second (fractional spawns
     * carry over, so a low rate still emits) from random modules to the die and back, each new one
     * taking {@code travel} times the usual time ({@link #crawl}).
     */
    public void update(float seconds, float perSecond, Array<Rectangle> modules, Rectangle die, int cap,
            float travel) {
        crawl = travel;
        for (int i = live.size - 1; i >= 0; i--) {
            Particle particle = live.get(i);
            particle.age += seconds;
            if (particle.age >= particle.life) {
                live.removeIndex(i);
                pool.free(particle);
            }
        }
        if (modules.size == 0 || !(perSecond > 0f)) {
            owed = 0f;
            return;
        }
        owed += perSecond * seconds;
        int limit = Math.min(cap, CAPACITY);
        while (owed >= 1f) {
            owed -= 1f;
            if (live.size >= limit) {
                owed = 0f;
                break;
            }
            spawn(modules.get(random.nextInt(modules.size)), die);
        }
    }

    private void spawn(Rectangle module, Rectangle die) {
        Particle particle = pool.obtain();
        float mx = module.x + random.nextFloat() * module.width;
        float my = module.y + random.nextFloat() * module.height;
        float dx = die.x + die.width * (0.2f + 0.6f * random.nextFloat());
        float dy = die.y + die.height * (0.2f + 0.6f * random.nextFloat());
        // Most traffic is reads (weights and KV into the die); a quarter is the new tokens' KV written back.
        if (random.nextFloat() < 0.75f) {
            particle.x0 = mx;
            particle.y0 = my;
            particle.x1 = dx;
            particle.y1 = dy;
        } else {
            particle.x0 = dx;
            particle.y0 = dy;
            particle.x1 = mx;
            particle.y1 = my;
        }
        particle.age = 0f;
        particle.life = (0.45f + 0.5f * random.nextFloat()) * crawl;
        particle.bend = (random.nextFloat() - 0.5f) * 0.4f;
        live.add(particle);
    }

    /**
     * Draws the particles as {@code size}-pixel squares, but none wholly inside {@code hidden}, which
     * an opaque fill drawn later covers (the die, where half of every path ends or starts): in software
     * GL each small quad costs about a microsecond whether or not its pixels survive.
     */
    public void draw(FlatPainter painter, float size, boolean flash, Rectangle hidden) {
        Color colour = flash ? GOLD : BLUE;
        float half = size / 2f;
        float hiddenLeft = hidden.x + half;
        float hiddenRight = hidden.x + hidden.width - half;
        float hiddenBottom = hidden.y + half;
        float hiddenTop = hidden.y + hidden.height - half;
        for (int i = live.size - 1; i >= 0; i--) {
            Particle particle = live.get(i);
            float t = particle.age / particle.life;
            float dx = particle.x1 - particle.x0;
            float dy = particle.y1 - particle.y0;
            // A slight arc: offset perpendicular to the path, largest mid-way.
            float arc = particle.bend * 4f * t * (1f - t);
            float x = particle.x0 + dx * t - dy * arc;
            float y = particle.y0 + dy * t + dx * arc;
            if (x >= hiddenLeft && x <= hiddenRight && y >= hiddenBottom && y <= hiddenTop) {
                continue;
            }
            float alpha = t < 0.15f ? t / 0.15f : (t > 0.85f ? (1f - t) / 0.15f : 1f);
            painter.rect(x - half, y - half, size, size, colour, 0.85f * alpha);
        }
    }

    /** True when no particle is in flight. */
    public boolean isEmpty() {
        return live.size == 0;
    }

    public void clear() {
        pool.freeAll(live);
        live.clear();
        owed = 0f;
    }
}
