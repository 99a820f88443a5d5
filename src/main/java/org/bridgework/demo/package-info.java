/**
 * Demo data: with BRIDGEWORK_DEMO=true, a clinician and three clients with weeks of
 * real-looking practice, made through the same services people use.
 */
package org.bridgework.demo;
